a @
