"""A client library for accessing LangGraph threads API"""
