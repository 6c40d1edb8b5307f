del A[**b]
