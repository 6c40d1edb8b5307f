[file for str(file) in []
]