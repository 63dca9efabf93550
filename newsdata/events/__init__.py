"""Events: when things happened (when), what happened (stage)."""
