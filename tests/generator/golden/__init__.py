"""A client library for accessing generator fixture"""
