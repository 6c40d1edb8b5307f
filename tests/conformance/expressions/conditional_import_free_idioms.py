# Common idioms: dict.get chains, or-defaults, ternaries in comprehensions.
config = {"debug": False, "level": 0, "name": ""}
print(config.get("debug") or "default", config.get("level", 5), config.get("missing", "fallback"))
print(config["name"] or "anonymous", [x if x else "empty" for x in ("", "a", None)])
print({k: (v if v else None) for k, v in config.items()})
