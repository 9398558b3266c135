// Saves a Blob through the browser's normal download; lives in views so the 地图 tab can use it.
export { downloadBlob } from '../views/download';
