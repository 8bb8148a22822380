# Brug's everyday commands. `make run` and `make test` are all a new machine needs.
GO ?= go

.PHONY: run test generate lint build fuzz bench

## run: start Brug on the embedded SQLite default with the demo network
run:
	$(GO) run ./cmd/brug serve

## test: every test on SQLite, and on PostgreSQL too when BRUG_TEST_DATABASE_URL is set
test:
	$(GO) test -count=1 ./...

## generate: ent → gqlgen → migrations (both dialects) → schema.graphql
generate:
	$(GO) run -mod=mod ./ent/entc.go
	$(GO) tool gqlgen generate
	$(GO) run ./internal/store/migrationgen
	$(GO) run ./cmd/brug schema > schema.graphql

## lint: gofmt and go vet
lint:
	@unformatted=$$(gofmt -l .); if [ -n "$$unformatted" ]; then echo "gofmt would change:"; echo "$$unformatted"; exit 1; fi
	$(GO) vet ./...

## build: the brug binary in bin/
build:
	$(GO) build -o bin/brug ./cmd/brug

## fuzz: fuzz the GraphQL endpoint for FUZZTIME (default 30s)
FUZZTIME ?= 30s
fuzz:
	$(GO) test -run '^$$' -fuzz FuzzGraphQLEndpoint -fuzztime $(FUZZTIME) ./internal/server/
