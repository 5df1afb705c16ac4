"""untm: align UN documents by paragraph number and sentence, write TMX 1.4b."""

# The one place the version is written (pyproject.toml reads it from here): reading it from the installed
# package's metadata would cost every command, --version included, the import of importlib.metadata.
__version__ = "0.1.0"
