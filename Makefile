# Styrgrupp. `make run` opens the app on a demo store and `make test` runs
# every check; both install the system packages they need first.

GO      ?= go
BIN     ?= styrgrupp
VERSION := $(shell sed -n 's/^Version *= *"\(.*\)"/\1/p' FyneApp.toml)
LDFLAGS := -X main.version=$(VERSION)

.PHONY: all deps build run test vet lint demo clean

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

test: lint
	$(GO) test -race -count=1 ./...

demo: build
	rm -f demo.db && ./$(BIN) demo --store demo.db

clean:
	rm -f $(BIN) demo.db
