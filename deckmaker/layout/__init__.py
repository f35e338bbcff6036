"""Layout: resolve fonts, measure and wrap text, and plan slides."""
