match ...:
    case Class(a=_, a=_):
        pass