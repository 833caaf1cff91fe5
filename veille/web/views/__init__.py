"""The views, one module per page; each builds a context rendered as HTML or as JSON."""
