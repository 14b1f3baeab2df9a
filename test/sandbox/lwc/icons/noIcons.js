// The icon categories the bench's pages do not draw (see utilityIcons.js).
export default {};
