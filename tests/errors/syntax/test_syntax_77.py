try:
    raise Exception
except Exception as e:
    try:
        raise Exception
    except Exception as e:
        try:
            raise Exception
        except Exception as e:
            try:
                raise Exception
            except Exception as e:
                try:
                    raise Exception
                except Exception as e:
                    try:
                        raise Exception
                    except Exception as e:
                        try:
                            raise Exception
                        except Exception as e:
                            try:
                                raise Exception
                            except Exception as e:
                                try:
                                    raise Exception
                                except Exception as e:
                                    try:
                                        raise Exception
                                    except Exception as e:
                                        try:
                                            raise Exception
                                        except Exception as e:
                                            try:
                                                raise Exception
                                            except Exception as e:
                                                pass