match ...:
    case f"":
        pass