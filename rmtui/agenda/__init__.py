"""Agenda templates: the strict YAML loader, the template schema, and the library.

``library.load_library`` gathers the templates of a workspace (workspace > synced >
bundled); ``loader.load_file`` and ``loader.check`` read and lint single files. Problems
always come back as data (``rmtui.core.template.Problem``), never as exceptions.
"""
