"""Building the merged bilingual domain and training the model."""
