// When the formula form checks what is typed: debounced, and never on a half-composed IME word
// (pinyin "chuang" is no indicator name): compositionstart drops a pending check, and the
// check runs when the composition ends.
export interface CheckTimer {
  /** An input event; `composing` is the event's isComposing. */
  typed(composing: boolean): void;
  compositionStart(): void;
  compositionEnd(): void;
  /** Check at once (Enter, 插入指标, 保存), dropping a pending check. */
  now(): void;
}

export function checkTimer(run: () => void, delayMs: number): CheckTimer {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let composing = false;
  const cancel = () => {
    clearTimeout(timer);
    timer = undefined;
  };
  return {
    typed(isComposing) {
      if (composing || isComposing) return;
      cancel();
      timer = setTimeout(() => {
        timer = undefined;
        if (!composing) run();
      }, delayMs);
    },
    compositionStart() {
      composing = true;
      cancel();
    },
    compositionEnd() {
      composing = false;
      cancel();
      run();
    },
    now() {
      cancel();
      run();
    },
  };
}
