//go:build !unix

package importer

import "os"

// running tells whether a process pid exists: on Windows, FindProcess
// opens it.
func running(pid int) bool {
	p, err := os.FindProcess(pid)
	if err != nil {
		return false
	}
	p.Release()
	return true
}
