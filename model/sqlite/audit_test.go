package sqlite_test

import (
	"testing"
)

// The audit log's rows cannot be changed or deleted even with plain SQL.
func TestAuditLogRefusesPlainSQL(t *testing.T) {
	w := newWorld(t)
	w.Ready("1.1", "Insats")
	db := rawDB(t, w.s.Path())
	wantRefused(t, db, "audit log cannot be changed", `UPDATE audit_log SET actor = 'Mallory' WHERE seq = 1`)
	wantRefused(t, db, "audit log cannot be changed", `DELETE FROM audit_log WHERE seq = 1`)
}
