"""`python -m wiretrace`: the same as the `wiretrace` command."""

from wiretrace.cli import main

if __name__ == "__main__":
    main()
