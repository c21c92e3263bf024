# Thin wrappers over ./dev, which does the real work (make may be absent on a fresh machine).
.PHONY: run test
run:
	./dev run
test:
	./dev test
