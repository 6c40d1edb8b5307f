class Bar:
                async = 1
            