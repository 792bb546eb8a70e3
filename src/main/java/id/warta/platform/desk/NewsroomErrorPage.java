package id.warta.platform.desk;

public record NewsroomErrorPage(int status, String heading, String message) {}
