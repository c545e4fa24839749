# The README's two commands: `make demo` and `make test`. Both install what they need first.
.PHONY: setup demo test bench

setup:
	@scripts/setup.sh

demo: setup
	swift build --product till
	.build/debug/till demo

test: setup
	@scripts/test.sh

bench: setup
	swift build -c release --product till-bench
	swift build -c release --product till      # cold-start spawns it
	swift build -c release --product till-hub  # hub-ingest and catch-up-50k serve with it
	.build/release/till-bench
