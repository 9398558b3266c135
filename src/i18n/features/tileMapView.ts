// Hands the 地图 tab's strings to the string table when a module that shows them loads.
import { provideStrings } from '..';
import { tileMapViewEn } from './tileMapView.en';
import { tileMapViewZh } from './tileMapView.zh';

provideStrings('tileMapView', tileMapViewZh, tileMapViewEn);
