# Two commands do all set-up on a fresh machine: `make chat` and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: chat test eval bench vectors clean

$(STAMP): pyproject.toml constraints.txt
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	@$(BIN)/python -m pip install --quiet --disable-pip-version-check -c constraints.txt -e '.[test]' >&2
	@touch $(STAMP)

chat: $(STAMP)
	@$(BIN)/iki chat

test: $(STAMP)
	$(BIN)/python -m pytest

eval: $(STAMP)
	$(BIN)/iki eval all

bench: $(STAMP)
	$(BIN)/iki eval bench

# The shipped knowledge's vectors (bot/retrieval/shipped_vectors.npz): run after changing knowledge/.
vectors: $(STAMP)
	$(BIN)/python -m bot.retrieval.shipped_vectors

clean:
	rm -rf $(VENV) .pytest_cache .hypothesis
