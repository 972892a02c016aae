# Styrgrupp. `make run` opens the app on a demo store and `make test` runs
# every check; both install the system packages they need first.

GO      ?= go
# go.mod asks for Go 1.26; an older Go of 1.21 or later fetches it.
export GOTOOLCHAIN ?= auto
BIN     ?= styrgrupp
VERSION := $(shell sed -n 's/^Version *= *"\(.*\)"/\1/p' FyneApp.toml)
LDFLAGS := -X main.version=$(VERSION)

.PHONY: all deps pgdeps build run test vet lint fuzz fuzz-targets demo clean bench screenshots crashtest

all: build

deps:
	@.ci/install-deps

build: deps
	$(GO) build -ldflags "$(LDFLAGS)" -o $(BIN) ./cmd/styrgrupp

run: build
	./$(BIN) --demo

vet: deps
	$(GO) vet ./...
	@test -z "$$(gofmt -l cmd ui model assets)" || { echo "gofmt would change:"; gofmt -l cmd ui model assets; exit 1; }

lint: vet
	$(GO) run honnef.co/go/tools/cmd/staticcheck@v0.8.2 ./...

FUZZTIME ?= 20000x

# pgdeps installs PostgreSQL (15 or later) for the shared store's tests
# (.ci/with-pg starts a throwaway cluster in a temporary folder for them),
# and LibreOffice Writer, which the Word import's tests use to save real
# office-suite .docx files and to open the template.
pgdeps:
	@.ci/install-deps postgresql openssl libreoffice-writer-nogui

# RACE is how the tests run: under the race detector, which watches this
# module, Fyne, the standard library and every other library but one:
# github.com/go-text's HarfBuzz, the text shaping Fyne measures with, a
# port of C++ that is compiled without its instrumentation, as a cgo build
# links C. It shares nothing with our goroutines but through Fyne's caches,
# which stay instrumented; it has no generic code and no atomics (see
# below); instrumenting it cost a sixth of the window tests' time (issue
# 13). modernc.org's SQLite and C library, translated to Go, keep the
# instrumentation but not its pointer checks (checkptr), which check that
# translation rather than this program. Left uninstrumented, they broke
# the race detector: encoding/json's type cache, a sync.Map, was reported
# as a data race in tests that decode in parallel (in 7 of 25 runs of
# one; model/sqlite/race_flags_test.go keeps it so). Our explanation,
# checked only by its effect: the linker keeps one copy of a generic
# function's instantiation, and it kept modernc.org/sqlite's copy of
# sync.Map's code, uninstrumented, whose atomics the race detector then
# does not see.
RACE := -race -gcflags=modernc.org/...=-d=checkptr=0 -gcflags=github.com/go-text/...=-race=false

# UIPKGS is the main window's package, the slowest under the race detector
# (issue 13: under 120 s). It runs first and alone, so the time the log
# shows is its own: beside ui/meeting on two cores each took a quarter
# longer, both using more than one core (garbage collection, background
# reads). ui/meeting runs with the rest of the tree.
UIPKGS := ./ui/

test: lint pgdeps
	.ci/with-pg sh -c '$(GO) test $(RACE) -count=1 -timeout 25m $(UIPKGS) && \
	  $(GO) test $(RACE) -count=1 -timeout 25m $$($(GO) list ./... | grep -vxF "$$($(GO) list $(UIPKGS))")'
	# The shared-string bombs are too slow under the race detector, which
	# skips them; they run here without it.
	$(GO) test -count=1 -run '^TestXLSXBombs$$' ./model/importer
	@$(MAKE) --no-print-directory fuzz

# fuzz runs every fuzz target for FUZZTIME; crashers land in testdata/fuzz
# and are kept as test cases. model/postgres's targets send what they
# make through a server, so the targets run beside a throwaway cluster.
fuzz: pgdeps
	@.ci/with-pg $(MAKE) --no-print-directory fuzz-targets

fuzz-targets:
	@for pkg in $$($(GO) list ./...); do \
	  for f in $$($(GO) test -list '^Fuzz' $$pkg | grep '^Fuzz'); do \
	    echo "fuzz $$pkg $$f"; \
	    $(GO) test $$pkg -run '^$$' -fuzz "^$$f$$" -fuzztime $(FUZZTIME) || exit 1; \
	  done; \
	done

# bench times importing 10,000 generated proposals as CSV and as .xlsx
# against the sqlite3 shell's .import of the same CSV (issue 3; see
# .ci/bench), searching 10,000 interventions and 100,000 comments against
# a bare FTS5 query, and the app's start-up time and memory against a bare
# Fyne window under Xvfb (issue 4; see .ci/bench-app; issue 13 adds a store
# of 10,000 proposals and judges against the sized bare window and the
# FTS5 import), and minutes of 10,
# 100 and 500 items signed by two signers (issue 5), and the window's main
# actions on PostgreSQL over a 10 ms link against SQLite, with their round
# trips (issue 14; see .ci/bench-link, which starts its own cluster), and
# how soon a comment on one desktop reaches another desktop's change feed
# over the same link (ms-until-seen; the target is within 1 s).
# BENCH_STRICT=1 fails on a missed target.
bench: deps pgdeps
	@GO="$(GO)" .ci/bench
	$(GO) test -run '^$$' -bench 'Search(Store|BareFTS)$$' -benchtime 200x ./model/sqlite
	@GO="$(GO)" .ci/bench-app
	$(GO) test -run '^$$' -bench 'SignedMinutes' -benchtime 5x ./model/pdf
	@GO="$(GO)" .ci/bench-link
	.ci/with-pg $(GO) test -run '^$$' -bench 'ChangeSeenByAnotherDesktop' -benchtime 20x ./model/postgres

# crashtest kills the program N times at random moments while it writes
# and imports, then checks each store (issue 6): check passes, the import
# is whole or absent, no acknowledged write is lost. The test builds the
# program with -tags torture, the only build with the torture command.
crashtest: N ?= 20
crashtest: deps
	CRASHTEST_N=$(N) $(GO) test -run '^TestCrash$$' -count=1 -v -timeout 60m ./cmd/styrgrupp

# screenshots saves PNGs of every tab, the meetings window and meeting mode,
# in both languages and both themes, at 1366 × 768 into docs/screenshots
# (issues 4 and 5); see .ci/screenshots.
screenshots: deps
	@GO="$(GO)" .ci/screenshots

demo: build
	rm -f demo.db && ./$(BIN) demo --store demo.db

clean:
	rm -rf $(BIN) demo.db dist .tools

# dist builds the installable packages into dist/ (issue 7): the Linux
# tar.xz that fyne package makes and styrgrupp.exe cross-built for Windows;
# SIGN_CERT=file.p12 SIGN_PASS=... signs the exe. See .ci/dist and
# docs/INSTALL.md.
.PHONY: dist
dist: deps
	@GO="$(GO)" VERSION="$(VERSION)" .ci/dist
