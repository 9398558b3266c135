// Hands the 排名 tab's strings to the string table when a module that shows them loads.
import { provideStrings } from '..';
import { peersViewEn } from './peersView.en';
import { peersViewZh } from './peersView.zh';

provideStrings('peersView', peersViewZh, peersViewEn);
