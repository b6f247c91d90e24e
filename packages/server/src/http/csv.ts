export { csvCell, toCsv } from '@mord/core';
