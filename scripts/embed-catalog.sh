#!/usr/bin/env bash
# Regenerates Sources/SiliconAlleyCore/Catalog/EmbeddedCatalog.swift from data/catalog/*.json
# (CatalogEmbeddingTests fails if they drift apart). Add --check to only compare.
exec "$(dirname "$0")/embed-files.sh" scripts/embed-catalog.sh Sources/SiliconAlleyCore/Catalog/EmbeddedCatalog.swift \
    EmbeddedCatalog "The catalogue files' exact text, keyed by file name." "data/catalog/*.json" "$@"
