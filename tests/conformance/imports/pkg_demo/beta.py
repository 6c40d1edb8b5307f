# pkg_demo.beta: a leaf module.
print("beta runs as", __name__)
beta_value = "beta"
