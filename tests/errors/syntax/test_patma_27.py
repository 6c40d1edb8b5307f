match ...:
    case x:
        pass
    case [x] if x:
        pass