// Hands the 共享（同步） dialog's strings to the string table when the dialog's code loads.
import { provideStrings } from '..';
import { syncViewEn } from './syncView.en';
import { syncViewZh } from './syncView.zh';

provideStrings('syncView', syncViewZh, syncViewEn);
