/**
 * The one web platform global the domain core uses, which the ES library does not declare. Browsers, workers and
 * Node 17+ all have it; the DOM and Node typings declare it too, and the declarations merge as overloads.
 */
declare function structuredClone<T>(value: T): T;
