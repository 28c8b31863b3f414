"""Loading and validation: where files live, reading CSV as text, schemas, the dataset registry, errors,
provenance and cross-file integrity."""
