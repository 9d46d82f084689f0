"""The filesystem helpers the store and the agenda sync share: atomic, durable writes
(temp, fsync, rename, fsync the folder) and inter-process locks. No TinyDB, no workspace
layout: files and folders only."""
