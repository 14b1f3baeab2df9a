// Salesforce's gate `bc.260.enableComboboxElementInternals` (the package stubs every gate open).
// With it on, lightning-combobox uses ElementInternals, which synthetic shadow refuses: the
// combobox would never render. So it is off when synthetic shadow is loaded (as Lightning
// Experience runs today) and on under native shadow.
const syntheticShadow = Object.prototype.hasOwnProperty.call(Element.prototype, '$shadowToken$');

export default { isOpen: () => !syntheticShadow };
