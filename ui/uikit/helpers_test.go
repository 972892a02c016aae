package uikit

import (
	"github.com/styrgrupp/styrgrupp/internal/testapp"
)

// texts returns the text of every label, button and rich text under root.
var texts = testapp.Labels

// contains tells whether one of list holds sub.
var contains = testapp.Contains
