// The sandbox's replica scripts, imported by unit tests only for their side effects (custom
// elements, page behaviour); they export nothing.
declare module '*/replicas/salesforce/lightning-components.js';
declare module '*/replicas/salesforce/eca-form.js';
