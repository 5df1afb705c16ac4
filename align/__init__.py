"""untm: align UN documents by paragraph number and sentence, write TMX 1.4b."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("untm")
except PackageNotFoundError:  # running from a source tree that is not installed
    __version__ = "0.0.0+source"
