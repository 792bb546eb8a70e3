package id.warta.newsroom;

public record NewsroomErrorPage(int status, String heading, String message) {}
