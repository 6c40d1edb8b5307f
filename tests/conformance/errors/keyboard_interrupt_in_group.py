# A BaseExceptionGroup containing KeyboardInterrupt is reported normally.
raise BaseExceptionGroup("interrupted", [KeyboardInterrupt(), ValueError("v")])
