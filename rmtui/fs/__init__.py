"""The filesystem helpers the store and the agenda sync share: atomic, durable writes
(temp, fsync, rename, fsync the folder) and inter-process locks, over ``system``, the one
place that knows the operating system. No TinyDB, no workspace layout: files and folders
only."""
