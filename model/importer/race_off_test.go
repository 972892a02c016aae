//go:build !race

package importer_test

// raceEnabled is set when the race detector is on.
const raceEnabled = false
