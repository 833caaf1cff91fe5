"""`python -m veille …` runs the command line."""

from __future__ import annotations

from veille.cli import main

if __name__ == "__main__":
    main()
