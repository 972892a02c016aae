package postgres

import (
	"syscall"

	"github.com/styrgrupp/styrgrupp/model"
)

// Winsock's error numbers, which syscall's names (ECONNREFUSED, …) are
// not on Windows.
const (
	wsaeNetDown     syscall.Errno = 10050
	wsaeNetUnreach  syscall.Errno = 10051
	wsaeConnAborted syscall.Errno = 10053
	wsaeConnReset   syscall.Errno = 10054
	wsaeTimedOut    syscall.Errno = 10060
	wsaeConnRefused syscall.Errno = 10061
	wsaeHostDown    syscall.Errno = 10064
	wsaeHostUnreach syscall.Errno = 10065
)

func init() {
	for errno, r := range map[syscall.Errno]model.UnreachableReason{
		wsaeConnRefused: model.ReasonRefused,
		wsaeNetDown:     model.ReasonNetwork,
		wsaeNetUnreach:  model.ReasonNetwork,
		wsaeHostDown:    model.ReasonNetwork,
		wsaeHostUnreach: model.ReasonNetwork,
		wsaeTimedOut:    model.ReasonNoAnswer,
		wsaeConnReset:   model.ReasonConnectionLost,
		wsaeConnAborted: model.ReasonConnectionLost,
	} {
		errnoReasons[errno] = r
	}
}
