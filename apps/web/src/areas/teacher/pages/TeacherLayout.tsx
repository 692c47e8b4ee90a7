import { Outlet } from '@tanstack/react-router';
import { RequireRole } from '../../../components/RequireRole';
import { TeacherNav } from '../components/TeacherNav';
import '../teacher.css';

/** The frame of every teacher page: only for teachers, with the teacher's menu above the page. */
export function TeacherLayout() {
  return (
    <RequireRole roles={['TEACHER']}>
      <TeacherNav />
      <Outlet />
    </RequireRole>
  );
}
