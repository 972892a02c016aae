package model

// Catalogue exposes the message catalogue to the external tests.
var Catalogue = catalogue
