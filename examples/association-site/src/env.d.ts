/** The protocol's base URL, fixed when the site is built (`MORD_API_URL`): no address parameter can change it. */
declare const __MORD_API__: string;
